/** The words for a link's problem (workshop catalogue keys), without loading any file reader. */
import type { MessageKey } from '../../i18n/en';
import type { LinkProblem } from '../../workshop/link-codec';

export const LINK: Record<LinkProblem, MessageKey> = {
  'wrong-version': 'wsLinkWrongVersion',
  damaged: 'wsLinkDamaged',
  'too-large': 'wsLinkTooLarge',
  'not-ours': 'wsLinkNotOurs',
  'newer-version': 'wsLinkNewer',
};
