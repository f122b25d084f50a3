// A solve thread that hands over one schedule (from workerData) and then never returns, as a solve stuck in an LP call.
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.options.seed === 1) parentPort.postMessage({ type: 'incumbent', schedule: workerData.event.handedOver });
for (;;);
