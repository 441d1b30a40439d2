import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { BrokerConfigError } from "./errors.js";

const run = promisify(execFile);

/** PEM files of a throwaway CA, a broker certificate it signed, and a client certificate. */
export interface LocalTlsFiles {
  readonly caFile: string;
  readonly certFile: string;
  readonly keyFile: string;
  readonly clientCertFile: string;
  readonly clientKeyFile: string;
}

/**
 * Makes a private CA and certificates for a broker on this host (names
 * `localhost`, 127.0.0.1, ::1) and one client, with the openssl command (EC
 * P-256, valid `days`). For the demo and tests: real deployments bring their
 * own CA. Keys are written 0600 into `dir`.
 */
export async function generateLocalTls(dir: string, o: { days?: number; clientName?: string } = {}): Promise<LocalTlsFiles> {
  const f = (n: string) => path.join(dir, n);
  const days = String(o.days ?? 2);
  const ssl = async (...args: string[]) => {
    try {
      await run("openssl", args, { cwd: dir });
    } catch (err) {
      throw new BrokerConfigError(`openssl ${args[0]} failed (is openssl installed?): ${(err as Error).message.split("\n")[0]}`, { cause: err });
    }
  };
  const key = (name: string) => ssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", f(name));
  await key("ca.key");
  await ssl("req", "-x509", "-new", "-key", f("ca.key"), "-sha256", "-days", days, "-subj", "/CN=kvmesh local CA", "-out", f("ca.pem"),
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
  const leaf = async (name: string, cn: string, ext: string) => {
    await key(`${name}.key`);
    await ssl("req", "-new", "-key", f(`${name}.key`), "-subj", `/CN=${cn}`, "-out", f(`${name}.csr`));
    await writeFile(f(`${name}.ext`), ext);
    await ssl("x509", "-req", "-in", f(`${name}.csr`), "-CA", f("ca.pem"), "-CAkey", f("ca.key"), "-CAcreateserial",
      "-days", days, "-sha256", "-extfile", f(`${name}.ext`), "-out", f(`${name}.pem`));
  };
  await leaf("broker", "localhost", "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\n");
  await leaf("client", o.clientName ?? "kvmesh-client", "extendedKeyUsage=clientAuth\n");
  return {
    caFile: f("ca.pem"), certFile: f("broker.pem"), keyFile: f("broker.key"),
    clientCertFile: f("client.pem"), clientKeyFile: f("client.key"),
  };
}
