export { electronBinary } from '../../../electron/cli/electron-binary';
