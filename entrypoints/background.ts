import { startBackgroundService } from '../lib/background/service';

export default defineBackground(() => {
  startBackgroundService(new AbortController().signal);
});
