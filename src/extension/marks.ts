/**
 * Performance marks on the path from an article opening to its decorations (`newsmark/open/<phase>`, the
 * document's URI as detail): the benchmark reads them to split that time into its phases. Process-wide, as
 * VS Code's own `code/…` marks; a handful per opened document.
 */
export type OpenPhase = 'seen' | 'servicesReady' | 'track' | 'sidecarRead' | 'corpusLoaded' | 'session' | 'detected' | 'paintAnnotations' | 'paint';

export function markOpen(phase: OpenPhase, uri: { toString(): string }): void {
  performance.mark(`newsmark/open/${phase}`, { detail: uri.toString() });
}

/** CPU time (user + system, µs) of this thread (of the process on a Node without threadCpuUsage). */
function cpuMicros(): number {
  const usage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.() ?? process.cpuUsage();
  return usage.user + usage.system;
}

/**
 * A mark of Newsmark's activation or services (`newsmark/extension/…`, `newsmark/services/…`) with the CPU
 * time so far as detail: the benchmark takes Newsmark's own share of activation from them in every run, also
 * when something activated Newsmark before the benchmark could time the activation from outside.
 */
export function markActivation(name: string, detail: Record<string, string> = {}): void {
  performance.mark(`newsmark/${name}`, { detail: { ...detail, cpuUs: cpuMicros() } });
}
