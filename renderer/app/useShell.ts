// Which shell the page runs in (host:info): the desktop shell saves files through its own save
// dialog and allows no downloads; the browser host's page downloads them.
import { useEffect, useState } from 'react';
import type { HostInfo } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';

export function useShell(): HostInfo['shell'] | undefined {
  const api = useApi();
  const [shell, setShell] = useState<HostInfo['shell'] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void api['host:info'](undefined).then((result) => {
      if (current && result.ok) setShell(result.value.shell);
    });
    return () => {
      current = false;
    };
  }, [api]);
  return shell;
}
