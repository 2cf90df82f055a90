/** The schema-driven fuzzer at full size for `npm run test:soak`: 10,000 operations, same checks. */
process.env['FUZZ_RUNS'] ??= '10000';
await import('./api-fuzz.test.ts');
