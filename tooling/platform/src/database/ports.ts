import net from "node:net";

function tryListen(port: number, host: string): Promise<"free" | "taken" | "unavailable"> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") resolve("taken");
      else resolve("unavailable"); // e.g. no IPv6 on this machine
    });
    server.listen({ port, host, exclusive: true }, () => {
      server.close(() => resolve("free"));
    });
  });
}

/**
 * True when nothing listens on `port` on either loopback address. Both matter: a server that
 * binds only ::1 would silently receive the connections meant for a server on 127.0.0.1 whenever
 * "localhost" resolves to ::1.
 */
export async function isPortFree(port: number): Promise<boolean> {
  const v4 = await tryListen(port, "127.0.0.1");
  if (v4 !== "free") return false;
  const v6 = await tryListen(port, "::1");
  return v6 !== "taken";
}

/** A port that is free on loopback right now (the OS picks it). */
export async function findFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen({ port: 0, host: "127.0.0.1" }, () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : 0;
        server.close(() => resolve(chosen));
      });
    });
    if (port && (await isPortFree(port))) return port;
  }
  throw new Error("Could not find a free TCP port on 127.0.0.1.");
}
