/** `npm start`: the workbench on http://127.0.0.1:$PORT (default 8700), running the built dist/Code.js. */
import { startWorkbench } from './server';

const DEFAULT_PORT = 8700;

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  const workbench = await startWorkbench({ port, locale: process.env.WORKBENCH_LOCALE ?? 'en_US' });
  console.log(
    `Omnichannel workbench: ${workbench.url}  (PORT=${workbench.port}; set PORT to change it, Ctrl+C to stop)`,
  );
  const stop = () => void workbench.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${process.env.PORT ?? DEFAULT_PORT} is already in use. Start on another one, e.g. PORT=8701 npm start`,
    );
  } else {
    console.error(error.message);
  }
  process.exit(1);
});
