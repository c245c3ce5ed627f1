// Validates a data package with the Frictionless reference library (datapackage-js) and reads every
// resource with it: a tabular resource row by row, each value cast to its field's type; any other resource
// as bytes, checked against its declared bytes and hash. Prints one JSON report on stdout; the JUnit test
// (DataPackageTest) decides what passes. Usage: node read-package.js path/to/datapackage.json
'use strict';
const crypto = require('crypto');
const { Package } = require('datapackage');

(async () => {
  const report = { valid: false, errors: [], resources: [] };
  // Strict: a descriptor the specs do not allow is an error, not a warning.
  const pkg = await Package.load(process.argv[2], { strict: true });
  report.valid = pkg.valid;
  report.errors = pkg.errors.map((e) => e.message);
  for (const resource of pkg.resources) {
    const d = resource.descriptor;
    const r = { name: d.name, path: d.path, profile: d.profile, errors: [] };
    try {
      const bytes = await resource.rawRead();
      r.bytes = bytes.length;
      const [algorithm, digest] = String(d.hash).split(':');
      r.hashMatches = crypto.createHash(algorithm).update(bytes).digest('hex') === digest;
      r.bytesMatch = bytes.length === d.bytes;
      if (d.profile === 'tabular-data-resource') {
        const table = await resource.table;
        const rows = await table.read({ keyed: false, cast: true });
        r.headers = table.headers;
        r.rows = rows.length;
        // Every cast value of the number fields that is not null, to compare with the CSV as written.
        const numbers = d.schema.fields.map((f, i) => (f.type === 'number' ? i : -1)).filter((i) => i >= 0);
        r.numbers = rows.reduce((n, row) => n + numbers.filter((i) => row[i] !== null && Number.isFinite(Number(row[i]))).length, 0);
      }
    } catch (e) {
      r.errors.push(e.message);
      for (const inner of e.errors || []) {
        r.errors.push(inner.message);
      }
    }
    report.resources.push(r);
  }
  process.stdout.write(JSON.stringify(report));
})().catch((e) => {
  process.stdout.write(JSON.stringify({ valid: false, errors: ['could not load: ' + e.message], resources: [] }));
});
