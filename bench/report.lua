-- wrk report shared by the bench scripts (each loads it with dofile): requests, errors and percentiles.
done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d (status %d)\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.errors.status))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max: %.1f ms, mean: %.1f ms\n", latency.max / 1000, latency.mean / 1000))
end
