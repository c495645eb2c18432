// The report test reads the printed PDF back: Debian's poppler-utils (pdftotext, pdfinfo, pdftoppm).
import { ensure } from './apt-ensure.mjs';

ensure('/usr/bin/pdftotext', 'poppler-utils', 'to read the printed report back');
