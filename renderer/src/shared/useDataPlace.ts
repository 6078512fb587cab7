import { useEffect, useState } from 'react';
import { getLenses } from './lenses';

/**
 * Where a student's data is kept, in one phrase used everywhere: "on this computer" for the
 * desktop app, "in this browser" for the web build (which has no data folder to speak of).
 */
export function useDataPlace(): 'on this computer' | 'in this browser' {
  const [web, setWeb] = useState(false);
  useEffect(() => {
    let live = true;
    getLenses()
      .getAppInfo({})
      .then((info) => live && setWeb(info.host === 'web'), () => {});
    return () => {
      live = false;
    };
  }, []);
  return web ? 'in this browser' : 'on this computer';
}
