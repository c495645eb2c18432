/** Simplified Chinese texts of the storage banners: every key of English must exist here (checked by the type). */
import type { Messages } from './en';
import type { enStorage } from './en-storage';

export const zhStorage: Messages<typeof enStorage> = {
  storageReload: '重新加载',
  storagePersistDenied: '空间不足时，浏览器可能会清除本网站的数据。请定期下载备份（在列表页）。',
  storageJournalOff:
    '这个浏览器不允许为你的输入保存快速本地副本；修改仍会在输入后片刻保存。关闭标签页之前，请等待出现“所有修改已保存”。',
  storageNewer: '你的工作簿由更新版本的应用保存，当前页面无法读取。请重新加载页面以获取新版本。',
  storageVersionChange: '应用已在另一个标签页中更新，因此当前页面无法再保存。请重新加载页面以继续。',
  storageUnavailable:
    '这个浏览器不允许本网站存储数据（隐私窗口，或阻止网站数据的设置），因此这里无法保存任何内容。请在普通窗口中打开页面，或在浏览器设置中允许本网站存储数据，然后重新加载。',
  storageOpenFailed:
    '浏览器无法打开已存储的工作簿（{message}）。请重新加载页面；如果无效，请关闭并重新打开浏览器。没有做任何更改。',
  storageFull:
    '未保存：浏览器已没有空间存放本网站的数据（磁盘可能快满了）。你输入的内容仍在这个页面上：请用“导出到 Excel”保留一份副本，释放一些磁盘空间，然后点击“重试”。',
  storageFullList:
    '未保存：浏览器已没有空间存放本网站的数据（磁盘可能快满了）。请释放一些磁盘空间（或从回收站中永久删除旧的工作簿），然后重试。',
  storageClosed: '与浏览器存储的连接已关闭（可能本网站的数据被清除了），因此修改不会保存。请重新加载页面以继续。',
  storageSaveFailed:
    '无法保存（{message}）。你输入的内容仍在这个页面上：不要关闭它；点击“重试”，或用“导出到 Excel”保留一份副本。',
  storageCode:
    '无法加载应用中存储工作簿的部分：你可能处于离线状态，而它尚未保存在此设备上供离线使用。没有做任何更改。请连接互联网，然后重试。',
  storageFailed: '浏览器存储报告了一个错误（{message}）。请重试；如果一再发生，请重新加载页面。',
  storageBlockedTitle: '无法显示工作簿',
  storageBlockedNewer: '这个版本的应用无法读取它们。它们是安全的：没有做任何更改。',
  storageBlockedOther: '它们保持原样；请看上面的消息。',
  storageNoStorageTitle: '在这个窗口中无法保存任何内容',
  storageNoStorage: '在浏览器允许本网站存储数据之前，无法创建或打开工作簿；请看上面的消息。',
};
