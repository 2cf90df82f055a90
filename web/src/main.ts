/** Boots the explorer page. */
import { ExplorerApi } from './api.ts';
import { Explorer } from './explorer.ts';

void new Explorer(new ExplorerApi()).start();
