import { startBackgroundService } from '../lib/backgroundService';

export default defineBackground(() => {
  startBackgroundService(new AbortController().signal);
});
