// Which app to show, decided once at start by host:info: the kiosk when the host says mode
// 'kiosk', the help desk otherwise. The host enforces kiosk mode on its side too (allow-list of
// channels); this only chooses the screens.
import { useEffect, useState, type ReactNode } from 'react';
import type { HostInfo } from '../../../shared/ipc/contract';
import { useApi } from '../../api/ApiContext';
import { KioskApp } from './KioskApp';

export function ChooseMode({ desk }: { desk: ReactNode }) {
  const api = useApi();
  const [info, setInfo] = useState<HostInfo | 'loading' | 'desk'>('loading');
  useEffect(() => {
    let current = true;
    void api['host:info'](undefined).then((result) => {
      if (current) setInfo(result.ok && result.value.mode === 'kiosk' ? result.value : 'desk');
    });
    return () => {
      current = false;
    };
  }, [api]);
  if (info === 'loading') return null;
  if (info === 'desk') return desk;
  return <KioskApp info={info} />;
}
