import { defaultSchema, type Options } from 'rehype-sanitize';
import { ATTRIBUTION_WEIGHT } from './attribution-weight.ts';

/**
 * What entry bodies may contain once rendered: GitHub's safe subset plus the
 * figures the archive's own directives produce. Links are http(s) or mailto
 * only: any other href (javascript:, data:, relative) is removed, keeping
 * the link's text.
 * Heading ids are added by Astro after this runs, so none are allowed here.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'cite', 'time'],
  attributes: {
    ...defaultSchema.attributes,
    figure: [
      ['className', 'attributed-quote', 'media-caption'],
      ['dataPagefindIgnore', ''],
    ],
    figcaption: [['dataPagefindWeight', ATTRIBUTION_WEIGHT]],
    span: [
      ['className', 'credit', 'media-note', 'caption-text'],
      ['dataPagefindMeta', /^caption-\d+$/],
    ],
    time: ['dateTime'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};
