import type { Server } from 'node:http';

/** Serves the repository's files on 127.0.0.1; port 0 picks a free one (read it from server.address()). */
export function startServer(listenPort?: number): Promise<Server>;
