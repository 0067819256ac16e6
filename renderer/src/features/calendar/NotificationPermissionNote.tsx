import { Alert, Button, Group, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPlatform, type NotificationPermissionState } from '../../platform';

export interface NotificationPermissionViewProps {
  permission: NotificationPermissionState;
  onRequest(): void;
}

/**
 * Whether reminders can reach the desktop. The browser edition asks for permission only
 * when the user presses the button (never on load); without it, reminders show inside the app.
 */
export function NotificationPermissionView({ permission, onRequest }: NotificationPermissionViewProps) {
  const { t } = useTranslation('calendar');
  if (permission === 'granted') return null;
  return (
    <Alert variant="light" color={permission === 'default' ? 'blue' : 'gray'} icon={<IconBell size={18} />} data-testid="notification-permission" data-permission={permission}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t(`permission.${permission}`)}</Text>
        {permission === 'default' && (
          <Button size="xs" variant="light" onClick={onRequest} data-testid="enable-notifications">{t('permission.enable')}</Button>
        )}
      </Group>
    </Alert>
  );
}

/** The note wired to the platform (the Settings page can show it too). */
export function NotificationPermissionNote() {
  const platform = getPlatform();
  const [permission, setPermission] = useState<NotificationPermissionState>(() => platform.notificationPermission());
  return (
    <NotificationPermissionView
      permission={permission}
      onRequest={() => void platform.requestNotificationPermission().then(setPermission)}
    />
  );
}
