// Worker entry for agents/correct/side-worker.ts. A worker's entry module is loaded
// before any --import hooks apply, so tsx is registered here, then the
// TypeScript entry is imported.
import { register } from "tsx/esm/api";

register();
await import("./side-worker.ts");
