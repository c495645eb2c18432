/**
 * English texts of the storage banners (ui/storage-text.ts picks the message): rarely needed, so
 * loaded a moment after the first screen, not part of it. One message per problem, in plain
 * words: what happened, what it means, what to do; never a library's own text or address.
 */
export const enStorage = {
  storageReload: 'Reload',
  storagePersistDenied:
    'Your browser may clear this site’s data when space runs low. Download a backup regularly (list page).',
  storageJournalOff:
    'This browser refuses quick local copies of your typing; changes are still saved a moment after you type. Wait for “All changes saved” before closing the tab.',
  storageNewer:
    'Your workbooks were saved by a newer version of this app, which this page cannot read. Reload the page to get the newer version.',
  storageVersionChange:
    'This app was updated in another tab, so this page can no longer save. Reload the page to continue.',
  storageUnavailable:
    'This browser does not let this site store data (a private window, or a setting that blocks site data), so nothing can be saved here. Open the page in a normal window, or allow this site to store data in the browser’s settings, then reload.',
  storageOpenFailed:
    'The browser could not open the stored workbooks ({message}). Reload the page; if that does not help, close and reopen the browser. Nothing has been changed.',
  storageFull:
    'Not saved: the browser has no room left for this site’s data (the disk may be nearly full). What you typed is still on this page: keep a copy with “Export to Excel”, free some disk space, then press “Try again”.',
  storageFullList:
    'Not saved: the browser has no room left for this site’s data (the disk may be nearly full). Free some disk space (or delete old workbooks for good from the trash), then try again.',
  storageClosed:
    'The connection to the browser’s storage was closed (perhaps this site’s data was cleared), so changes are not saved. Reload the page to continue.',
  storageSaveFailed:
    'Could not save ({message}). What you typed is still on this page: do not close it; press “Try again”, or keep a copy with “Export to Excel”.',
  storageCode:
    'The part of the app that stores your workbooks could not be loaded: you may be offline, and it was not yet kept on this device for offline use. Nothing was changed. Connect to the internet, then try again.',
  storageFailed:
    'The browser’s storage reported an error ({message}). Try again; if it keeps happening, reload the page.',
  storageBlockedTitle: 'Workbooks cannot be shown',
  storageBlockedNewer: 'This version of the app cannot read them. They are safe: nothing has been changed.',
  storageBlockedOther: 'They stay as they were; see the message above.',
  storageNoStorageTitle: 'Nothing can be saved in this window',
  storageNoStorage:
    'Workbooks cannot be created or opened until the browser lets this site store data; see the message above.',
};
