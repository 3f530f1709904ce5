// The worker thread scan --summary starts for a large log: prefilters the log's last part (scan-part.ts) and posts what it found.
import { parentPort, workerData } from 'node:worker_threads';
import { scanPart, type ScanPartJob } from './scan-part.js';

parentPort?.postMessage(scanPart(workerData as ScanPartJob));
