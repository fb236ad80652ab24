import type { AstroIntegration } from 'astro';
import { formatIssue } from '../../modules/case/case-issue.ts';
import { loadContent } from '../../modules/authoring/load-content.ts';

/**
 * Runs the same checks as `npm run lint:content` before every build, so a broken case never ships:
 * the author sees file, line and fix, and the build stops with exit code 1 (no stack trace).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'meldcode:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { cases, issues } = loadContent(new URL('.', config.root).pathname);
        if (issues.length > 0) {
          for (const issue of issues) logger.error(formatIssue(issue));
          logger.error(`${issues.length} problem(s) in content/; the build stops here.`);
          process.exit(1);
        }
        logger.info(`${cases.length} case(s) passed the path checks`);
      },
    },
  };
}
