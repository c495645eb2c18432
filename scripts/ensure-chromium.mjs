// The test command installs what it needs: Debian's Chromium (browsers cannot be downloaded here).
import { ensure } from './apt-ensure.mjs';

// With its recommended packages (fonts), as the e2e screenshots were made with.
ensure('/usr/bin/chromium', 'chromium', 'the end-to-end tests', { recommends: true });
