import { Alert, Badge, Button, Center, Group, Loader, Modal, Paper, Select, Stack, Switch, Table, Tabs, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDevices, IconPlus, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/entities/reference';
import type { Role } from '../../../../shared/sync/access';
import { useFormatters } from '../../app/formatters';
import { EmptyState } from '../../ui/EmptyState';
import { PasswordField } from '../../ui/PasswordField';
import { useConfirm } from '../../ui/useConfirm';
import { isSyncHttpError, type AdminDevice, type ServerUser, type SyncApi } from '../sync/api-client';
import { syncSession } from '../sync/app-sync';
import { useSyncStore } from '../sync/sync-store';
import { adminErrorText, validateNewUser, type UserForm } from './admin-forms';

interface Team {
  id: string;
  name: string;
}

/** Loads a list from the admin API with loading and error states. */
function useAdminList<T>(load: (api: SyncApi) => Promise<T[]>) {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    const api = syncSession.currentApi;
    if (!api) return;
    setError(null);
    try {
      setItems(await load(api));
    } catch (err) {
      setError(err);
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { items, error, reload };
}

function ListState({ error, loading, onRetry }: { error: unknown; loading: boolean; onRetry(): void }) {
  const { t } = useTranslation('admin');
  if (error) {
    return (
      <Alert color="red" title={t('loadFailed')}>
        <Group justify="space-between">
          <Text size="sm">{t(adminErrorText(error))}</Text>
          <Button size="xs" variant="light" onClick={onRetry}>{t('retry')}</Button>
        </Group>
      </Alert>
    );
  }
  return loading ? <Center py="xl"><Loader /></Center> : null;
}

export function AdminPage() {
  const { t } = useTranslation('admin');
  const user = useSyncStore((s) => s.user);
  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  if (!user || !syncSession.currentApi) return <Alert color="blue" maw={720}>{t('signInFirst')}</Alert>;
  if (user.role !== 'admin') return <Alert color="orange" maw={720}>{t('adminOnly')}</Alert>;
  return (
    <Stack gap="md" maw={1100}>
      <Title order={2}>{t('title')}</Title>
      <Tabs defaultValue="users" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="users" leftSection={<IconUsers size={16} />}>{t('tabs.users')}</Tabs.Tab>
          <Tabs.Tab value="teams" leftSection={<IconUsersGroup size={16} />}>{t('tabs.teams')}</Tabs.Tab>
          <Tabs.Tab value="devices" leftSection={<IconDevices size={16} />}>{t('tabs.devices')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="md"><UsersPanel /></Tabs.Panel>
        <Tabs.Panel value="teams" pt="md"><TeamsPanel /></Tabs.Panel>
        <Tabs.Panel value="devices" pt="md"><DevicesPanel /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

const loadTeams = async (api: SyncApi) => (await api.listTeams()).teams;
const loadUsers = async (api: SyncApi) => (await api.listUsers()).users;
const loadDevices = async (api: SyncApi) => (await api.listDevices()).devices;

function TeamsPanel() {
  const { t } = useTranslation('admin');
  const { items, error, reload } = useAdminList<Team>(loadTeams);
  const users = useAdminList<ServerUser>(loadUsers);
  const fmt = useFormatters();
  const [name, setName] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<{ team: Team; name: string; error: string | null; busy: boolean } | null>(null);

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    if (!renaming) return;
    const next = renaming.name.trim();
    if (!next) return setRenaming({ ...renaming, error: t('validation:required') });
    setRenaming({ ...renaming, busy: true });
    try {
      const team = await syncSession.currentApi!.renameTeam(renaming.team.id, next);
      notifications.show({ color: 'teal', message: t('teams.renamed', { name: team.name }) });
      setRenaming(null);
      await reload();
    } catch (err) {
      setRenaming({ ...renaming, busy: false, error: t(adminErrorText(err)) });
    }
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setFormError(t('validation:required'));
    setBusy(true);
    try {
      const team = await syncSession.currentApi!.createTeam(name.trim());
      notifications.show({ color: 'teal', message: t('teams.created', { name: team.name }) });
      setName('');
      setFormError(null);
      await reload();
    } catch (err) {
      setFormError(t(adminErrorText(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <form onSubmit={(e) => void create(e)} noValidate>
          <Group align="flex-end">
            <TextInput label={t('teams.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={formError} dir="auto" maxLength={120} data-testid="team-name" />
            <Button type="submit" loading={busy} leftSection={<IconPlus size={16} />} data-testid="team-create">{t('teams.create')}</Button>
          </Group>
        </form>
      </Paper>
      <ListState error={error} loading={items === null} onRetry={() => void reload()} />
      {items && items.length === 0 && <EmptyState title={t('teams.emptyTitle')} description={t('teams.emptyBody')} />}
      {items && items.length > 0 && (
        <Table striped withTableBorder data-testid="teams-table">
          <Table.Thead><Table.Tr><Table.Th>{t('teams.name')}</Table.Th><Table.Th>{t('tabs.users')}</Table.Th><Table.Th><VisuallyHidden>{t('teams.rename')}</VisuallyHidden></Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {items.map((team) => {
              const count = users.items?.filter((u) => u.teamId === team.id).length ?? 0;
              return (
                <Table.Tr key={team.id}>
                  <Table.Td dir="auto">{team.name}</Table.Td>
                  <Table.Td>{t('teams.members', { count, n: fmt.number(count) })}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" onClick={() => setRenaming({ team, name: team.name, error: null, busy: false })} data-testid="team-rename">
                      {t('teams.rename')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={renaming !== null} onClose={() => setRenaming(null)} title={t('teams.renameTitle')}>
        {renaming && (
          <form onSubmit={(e) => void rename(e)} noValidate>
            <Stack gap="md">
              <TextInput label={t('teams.name')} value={renaming.name} onChange={(e) => setRenaming({ ...renaming, name: e.currentTarget.value, error: null })} error={renaming.error} dir="auto" maxLength={120} data-autofocus data-testid="team-rename-input" />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setRenaming(null)}>{t('common:cancel')}</Button>
                <Button type="submit" loading={renaming.busy} data-testid="team-rename-save">{t('common:save')}</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </Stack>
  );
}

const EMPTY_USER: UserForm = { username: '', displayName: '', password: '', role: 'rep', teamId: '', active: true };

function UsersPanel() {
  const { t } = useTranslation('admin');
  const { items, error, reload } = useAdminList<ServerUser>(loadUsers);
  const teams = useAdminList<Team>(loadTeams);
  const [editing, setEditing] = useState<{ user: ServerUser | null; form: UserForm } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const teamName = (id: string) => teams.items?.find((x) => x.id === id)?.name ?? id;
  const teamOptions = (teams.items ?? []).map((x) => ({ value: x.id, label: x.name }));
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`sync:role.${r}`) }));

  const open = (user: ServerUser | null) => {
    setErrors({});
    setFormError(null);
    setEditing({
      user,
      form: user
        ? { username: user.username, displayName: user.displayName, password: '', role: user.role, teamId: user.teamId, active: user.active !== false }
        : { ...EMPTY_USER, teamId: teams.items?.[0]?.id ?? '' },
    });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    const { user, form } = editing;
    const found = validateNewUser(form, user === null);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const api = syncSession.currentApi!;
      if (user) {
        const patch: Parameters<SyncApi['updateUser']>[1] = {};
        if (form.displayName.trim() !== user.displayName) patch.displayName = form.displayName.trim();
        if (form.role !== user.role) patch.role = form.role;
        if (form.teamId !== user.teamId) patch.teamId = form.teamId;
        if (form.active !== (user.active !== false)) patch.active = form.active;
        if (form.password) patch.password = form.password;
        await api.updateUser(user.id, patch);
        notifications.show({ color: 'teal', message: t('users.saved', { name: form.displayName.trim() || user.username }) });
      } else {
        await api.createUser({ username: form.username.trim(), password: form.password, displayName: form.displayName.trim() || form.username.trim(), role: form.role, teamId: form.teamId });
        notifications.show({ color: 'teal', message: t('users.created', { name: form.displayName.trim() || form.username.trim() }) });
      }
      setEditing(null);
      await reload();
    } catch (err) {
      if (isSyncHttpError(err) && err.fields) setErrors(err.fields);
      setFormError(t(adminErrorText(err)));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (errors[field] ? t(errors[field]!) : undefined);
  const setForm = (patch: Partial<UserForm>) => setEditing((e) => (e ? { ...e, form: { ...e.form, ...patch } } : e));

  return (
    <Stack gap="md">
      <Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => open(null)} disabled={!teams.items?.length} data-testid="user-new">{t('users.create')}</Button>
        {teams.items && teams.items.length === 0 && <Text size="sm" c="dimmed">{t('users.noTeam')}</Text>}
      </Group>
      <ListState error={error} loading={items === null} onRetry={() => void reload()} />
      {items && items.length === 0 && <EmptyState title={t('users.emptyTitle')} description={t('users.emptyBody')} />}
      {items && items.length > 0 && (
        <Table striped withTableBorder data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.displayName')}</Table.Th>
              <Table.Th>{t('users.username')}</Table.Th>
              <Table.Th>{t('users.role')}</Table.Th>
              <Table.Th>{t('users.team')}</Table.Th>
              <Table.Th>{t('users.status')}</Table.Th>
              <Table.Th><VisuallyHidden>{t('users.actions')}</VisuallyHidden></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td dir="auto">{u.displayName}</Table.Td>
                <Table.Td><bdi dir="ltr">{u.username}</bdi></Table.Td>
                <Table.Td>{t(`sync:role.${u.role}`)}</Table.Td>
                <Table.Td dir="auto">{teamName(u.teamId)}</Table.Td>
                <Table.Td>{u.active === false ? <Badge color="gray">{t('users.inactive')}</Badge> : <Badge color="teal" variant="light">{t('users.active')}</Badge>}</Table.Td>
                <Table.Td><Button size="xs" variant="subtle" onClick={() => open(u)} aria-label={t('users.editTitle', { name: u.displayName })}>{t('users.edit')}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.user ? t('users.editTitle', { name: editing.user.displayName }) : t('users.create')}>
        {editing && (
          <form onSubmit={(e) => void save(e)} noValidate>
            <Stack gap="sm">
              <TextInput label={t('users.username')} value={editing.form.username} onChange={(e) => setForm({ username: e.currentTarget.value })} error={fieldError('username')} disabled={editing.user !== null} dir="ltr" required data-autofocus data-testid="user-username" />
              <TextInput label={t('users.displayName')} value={editing.form.displayName} onChange={(e) => setForm({ displayName: e.currentTarget.value })} error={fieldError('displayName')} dir="auto" maxLength={120} data-testid="user-display-name" />
              <PasswordField label={editing.user ? t('users.newPassword') : t('users.password')} description={t('users.passwordHint')} value={editing.form.password} onChange={(e) => setForm({ password: e.currentTarget.value })} error={fieldError('password')} dir="ltr" required={!editing.user} autoComplete="new-password" data-testid="user-password" />
              <Select label={t('users.role')} data={roleOptions} value={editing.form.role} onChange={(v) => v && setForm({ role: v as Role })} allowDeselect={false} error={fieldError('role')} data-testid="user-role" />
              <Select label={t('users.team')} data={teamOptions} value={editing.form.teamId || null} onChange={(v) => v && setForm({ teamId: v })} allowDeselect={false} error={fieldError('teamId')} data-testid="user-team" />
              {editing.user && <Switch label={t('users.active')} checked={editing.form.active} onChange={(e) => setForm({ active: e.currentTarget.checked })} />}
              {formError && <Alert color="red">{formError}</Alert>}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setEditing(null)}>{t('users.cancel')}</Button>
                <Button type="submit" loading={busy} data-testid="user-save">{t('users.save')}</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </Stack>
  );
}

function DevicesPanel() {
  const { t } = useTranslation('admin');
  const { items, error, reload } = useAdminList<AdminDevice>(loadDevices);
  const fmt = useFormatters();
  const { confirm, confirmModal } = useConfirm();
  const [thisDevice, setThisDevice] = useState<string | null>(null);
  useEffect(() => {
    void syncSession.currentApi?.tokens.get().then((tokens) => setThisDevice(tokens?.deviceId ?? null));
  }, []);

  const revoke = async (device: AdminDevice) => {
    const ok = await confirm({
      title: t('devices.revokeTitle'),
      message: t('devices.revokeBody', { name: `\u2068${device.name}\u2069`, user: `\u2068${device.username}\u2069` }),
      confirmLabel: t('devices.revoke'),
      danger: true,
    });
    if (!ok) return;
    try {
      await syncSession.currentApi!.revokeDevice(device.id);
      notifications.show({ color: 'teal', message: t('devices.revokedDone', { name: device.name }) });
      await reload();
    } catch (err) {
      notifications.show({ color: 'red', message: t(adminErrorText(err)) });
    }
  };

  return (
    <Stack gap="md">
      <ListState error={error} loading={items === null} onRetry={() => void reload()} />
      {items && items.length === 0 && <EmptyState title={t('devices.emptyTitle')} description={t('devices.emptyBody')} />}
      {items && items.length > 0 && (
        <Table striped withTableBorder data-testid="devices-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('devices.name')}</Table.Th>
              <Table.Th>{t('devices.user')}</Table.Th>
              <Table.Th>{t('devices.lastSeen')}</Table.Th>
              <Table.Th>{t('devices.status')}</Table.Th>
              <Table.Th><VisuallyHidden>{t('users.actions')}</VisuallyHidden></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <bdi>{d.name}</bdi>
                  {d.id === thisDevice && <Text span size="xs" c="dimmed"> ({t('devices.thisDevice')})</Text>}
                </Table.Td>
                <Table.Td><bdi dir="ltr">{d.username}</bdi></Table.Td>
                <Table.Td>{d.lastSeenAt ? fmt.dateTime(d.lastSeenAt) : '—'}</Table.Td>
                <Table.Td>{d.revokedAt ? <Badge color="red" variant="light">{t('devices.revoked')}</Badge> : <Badge color="teal" variant="light">{t('devices.activeStatus')}</Badge>}</Table.Td>
                <Table.Td>
                  {!d.revokedAt && (
                    <Button size="xs" color="red" variant="subtle" onClick={() => void revoke(d)} data-testid="device-revoke">{t('devices.revoke')}</Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {confirmModal}
    </Stack>
  );
}
