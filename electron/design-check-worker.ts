/** The worker of design-check.ts: checks one design text and posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Locale } from '../shared/i18n/index';
import { checkDesignText } from './design-check';

const { text, file, locale } = workerData as { text: string; file: string; locale: Locale };
parentPort?.postMessage(checkDesignText(text, file, locale));
