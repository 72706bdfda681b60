export { electronBinary } from '@main/cli/electron-binary';
