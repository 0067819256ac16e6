import { openAppDatabase } from '../../db/DatabaseProvider';
import { getPlatform } from '../../platform';
import { clearScreenSnapshot } from '../../app/screen-snapshot';
import { clearFirstPages } from '../records/first-page-cache';
import { useListViews } from '../records/list-view-store';
import { getSearchService } from '../search/search-service';
import { browserNetwork } from './sync-engine';
import { SyncSession } from './sync-session';

/** Every cache that holds record data outside the database (a user switch or a wipe ends them). */
export function clearLocalCaches() {
  clearFirstPages();
  clearScreenSnapshot();
  getSearchService()?.stop();
  useListViews.setState({ views: {} });
  void useListViews.persist.clearStorage();
}

/** The app's one sync session (browser and desktop alike). */
export const syncSession = new SyncSession({
  openDb: openAppDatabase,
  secrets: getPlatform().secrets,
  network: typeof window === 'undefined' ? undefined : browserNetwork(),
  clearCaches: clearLocalCaches,
  afterWipe: () => {
    window.location.hash = '#/settings';
    window.location.reload();
  },
  // The synced collections were replaced: reopen every view on the new ones.
  onCollectionsReplaced: () => window.location.reload(),
});
