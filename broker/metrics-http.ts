import http from "node:http";
import type { AddressInfo } from "node:net";
import type { MetricsRegistry } from "./metrics.js";

/** `GET /metrics` in Prometheus text format, `GET /healthz` -> 200. */
export class MetricsHttpServer {
  private constructor(private readonly server: http.Server, readonly address: string) {}

  static async start(host: string, port: number, registry: MetricsRegistry): Promise<MetricsHttpServer> {
    const server = http.createServer((req, res) => {
      if (req.method === "GET" && req.url === "/metrics") {
        res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
        res.end(registry.render());
      } else if (req.method === "GET" && req.url === "/healthz") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("ok\n");
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolve());
    });
    const a = server.address() as AddressInfo;
    return new MetricsHttpServer(server, `${host}:${a.port}`);
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}
