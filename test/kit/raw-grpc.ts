import http2 from "node:http2";

/**
 * One raw gRPC call over an http2 session: headers, a body, then the status
 * the server answered with ("grpc N", "http N" or "reset N").
 */
export function rawGrpcCall(session: http2.ClientHttp2Session, path: string, body: Buffer, headers: http2.OutgoingHttpHeaders = {}): Promise<string> {
  return new Promise((resolve) => {
    const s = session.request({ ":method": "POST", ":path": path, "content-type": "application/grpc", te: "trailers", ...headers });
    let status = "";
    s.on("response", (h) => { status = h["grpc-status"] !== undefined ? `grpc ${h["grpc-status"]}` : `http ${h[":status"]}`; });
    s.on("trailers", (h) => { status = `grpc ${h["grpc-status"]}`; });
    s.on("data", () => {});
    s.on("error", () => {});
    s.on("close", () => resolve(status || `reset ${s.rstCode}`));
    s.end(body);
  });
}
