import { contextBridge, ipcRenderer } from 'electron';
import { apiContract, type MethodName } from '@shared/api/contract';
import {
  eventChannel,
  methodChannel,
  type ApiMethods,
  type ExamApiBridge,
} from '@shared/api/bridge';
import { apiEvents } from '@shared/api/events';

// One named function per contract method. No generic invoke reaches the page.
const methods = Object.fromEntries(
  (Object.keys(apiContract) as MethodName[]).map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(methodChannel(method), input),
  ]),
) as unknown as ApiMethods;

const bridge: ExamApiBridge = {
  methods,
  events: {
    on(name, listener) {
      if (!Object.prototype.hasOwnProperty.call(apiEvents, name))
        throw new Error(`Unknown event ${name}`);
      const channel = eventChannel(name);
      const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) =>
        listener(payload as never);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  },
};

contextBridge.exposeInMainWorld('examApi', bridge);
