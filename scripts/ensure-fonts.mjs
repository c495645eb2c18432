// Chinese screenshots and the printed report need CJK glyphs: Debian's fonts-noto-cjk (Noto Sans CJK),
// which the app's font stack reaches on Linux (PingFang SC and Microsoft YaHei elsewhere).
import { ensure } from './apt-ensure.mjs';

ensure(
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  'fonts-noto-cjk',
  'for Chinese text in screenshots and PDFs',
);
