/** What we need of Electron's Notification (a fake in tests). */
export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export interface NotifierDeps {
  isSupported(): boolean;
  create(options: { title: string; body: string }): NotificationLike;
  /** Brings the window forward and tells the page which activity the notification was about. */
  onClick(activityId: string | null): void;
}

/**
 * Shows OS notifications. Each is held until closed: a garbage-collected Notification
 * loses its click handler. Clicking one focuses the app and reports its activity.
 */
export function createNotifier(deps: NotifierDeps) {
  const shown = new Set<NotificationLike>();
  return {
    notify(title: string, body: string, activityId: string | null): void {
      if (!deps.isSupported()) return;
      const notification = deps.create({ title, body });
      shown.add(notification);
      notification.on('click', () => deps.onClick(activityId));
      notification.on('close', () => shown.delete(notification));
      notification.show();
    },
    /** How many are held (tests). */
    get held(): number {
      return shown.size;
    },
  };
}
