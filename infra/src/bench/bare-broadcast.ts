import http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The baseline of `bench:feeds`: a bare `ws` server, in its own process, that sends the frames it
 * is given to every connected socket. `POST /broadcast {frames, gapMs}` sends each frame to all
 * sockets, `gapMs` apart, and answers with the moment each broadcast started (ms since epoch).
 * Prints `LISTENING <port>` once it listens.
 */
const server = http.createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/broadcast') {
    response.writeHead(404).end();
    return;
  }
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', async () => {
    const { frames, gapMs } = JSON.parse(body) as { frames: string[]; gapMs: number };
    const started: number[] = [];
    for (const frame of frames) {
      started.push(Date.now());
      for (const socket of sockets) socket.send(frame);
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ started }));
  });
});
const sockets = new Set<WebSocket>();
const wss = new WebSocketServer({ server, perMessageDeflate: false });
wss.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  process.stdout.write(`LISTENING ${address.port}\n`);
});
