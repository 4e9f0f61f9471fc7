/** `npm start`: the workbench on http://127.0.0.1:$PORT (default 8700), on the template in $LOCALE (default en_US). */
import { isLocale } from './http';
import { startWorkbench } from './server';

const DEFAULT_PORT = 8700;

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  const locale = process.env.LOCALE || 'en_US';
  if (!isLocale(locale)) throw new Error(`LOCALE must be a locale such as en_US or fr_FR, not "${locale}".`);
  const workbench = await startWorkbench({ port, locale });
  console.log(
    `Omnichannel workbench: ${workbench.url}  (PORT=${workbench.port} LOCALE=${locale}; set them to change, ` +
      'Ctrl+C to stop)',
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
