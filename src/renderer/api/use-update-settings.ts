import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SettingsPatch } from '../../shared/settings/settings-schema';
import { settingsKeys } from './query-keys';
import { useSeatClient } from './seat-client-context';

export interface UpdateSettingsOptions {
  /** The caller shows invalid_input issues next to its fields, so the global notification stays quiet for them. */
  showsIssuesInline?: boolean;
}

export function useUpdateSettings({ showsIssuesInline = false }: UpdateSettingsOptions = {}) {
  const client = useSeatClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => client.call('settings.update', patch),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.current(), settings),
    meta: { showsIssuesInline },
  });
}
