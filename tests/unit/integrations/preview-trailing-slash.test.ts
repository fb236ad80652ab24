import type { AstroIntegration } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { previewTrailingSlash } from '../../../src/integrations/preview-trailing-slash.ts';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

function runSetup(command: 'dev' | 'build' | 'preview' | 'sync') {
  const updateConfig = vi.fn();
  const setup = previewTrailingSlash().hooks['astro:config:setup'] as Setup;
  void setup({ command, updateConfig } as unknown as Parameters<Setup>[0]);
  return updateConfig;
}

describe('previewTrailingSlash', () => {
  it('lets astro preview serve addresses without the final slash', () => {
    expect(runSetup('preview')).toHaveBeenCalledWith({ trailingSlash: 'ignore' });
  });

  it('leaves the build, the dev server and sync at trailingSlash "always"', () => {
    for (const command of ['build', 'dev', 'sync'] as const) expect(runSetup(command)).not.toHaveBeenCalled();
  });
});
