/**
 * A TCP port free on 127.0.0.1 right now, chosen by the kernel (listen on port 0, then close). Test servers used to
 * draw a random port in a fixed range: two of those ranges overlapped, and the range lies in Linux's ephemeral
 * ports, which outgoing connections take too — a PostgreSQL started on such a port now and then found it in use.
 */
import net from "node:net";

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
