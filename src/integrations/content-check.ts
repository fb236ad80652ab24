import type { AstroIntegration } from 'astro';
import { formatIssue } from '../../modules/case/case-issue.ts';
import { courseContent } from '../loaders/course-content.ts';

/**
 * Runs the same checks as `npm run lint:content` before every build, so a broken case never ships:
 * the author sees file, line and fix, and the build stops with exit code 1 (no stack trace).
 * The result is shared with the content loaders, so the build reads the content once.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'meldcode:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { cases, issues } = courseContent(config.root);
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
