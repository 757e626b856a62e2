// Lints docker/ without a Docker engine: the Dockerfile's shape and the files it copies,
// the compose file and the Kubernetes manifests (parsed, with the checks that matter here).
import { existsSync, readFileSync } from 'node:fs';
import { parseAllDocuments, parse } from 'yaml';

const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};

const dockerfile = readFileSync('docker/Dockerfile', 'utf8');
const lines = dockerfile
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
check(lines[0]?.startsWith('FROM '), 'Dockerfile: the first instruction must be FROM');
check(
  lines.some((line) => /^USER\s+(?!root\b)\S+/.test(line)),
  'Dockerfile: the final image must run as a non-root USER',
);
check(
  lines.some((line) => line.startsWith('HEALTHCHECK ')),
  'Dockerfile: needs a HEALTHCHECK',
);
check(!lines.some((line) => /playwright\s+install/.test(line)), 'Dockerfile: never downloads a browser');
for (const line of lines.filter((l) => l.startsWith('COPY ') && !l.includes('--from='))) {
  for (const source of line.split(/\s+/).slice(1, -1)) {
    if (source !== '.') check(existsSync(source), `Dockerfile: COPY source ${source} does not exist`);
  }
}
for (const line of lines.filter((l) => l.startsWith('COPY --from=build /app/tools/'))) {
  for (const source of line.split(/\s+/).slice(2, -1))
    check(existsSync(source.replace('/app/', '')), `Dockerfile: ${source} does not exist`);
}

const compose = parse(readFileSync('docker/compose.yaml', 'utf8'));
check(compose && typeof compose.services === 'object', 'compose.yaml: needs services');
for (const [name, service] of Object.entries(compose?.services ?? {})) {
  check(service.image || service.build, `compose.yaml: service ${name} needs image or build`);
  for (const dependency of Object.keys(service.depends_on ?? {}))
    check(compose.services[dependency], `compose.yaml: ${name} depends on unknown ${dependency}`);
  if (service.build)
    check(existsSync(`docker/${service.build.context}/${service.build.dockerfile}`), `compose.yaml: ${name}'s Dockerfile not found`);
}

const probePaths = new Set(['/health/live', '/health/ready']);
for (const document of parseAllDocuments(readFileSync('docker/kubernetes/kakehashi.yaml', 'utf8'))) {
  if (document.errors.length > 0) problems.push(`kakehashi.yaml: ${document.errors[0].message}`);
  const resource = document.toJS();
  if (!resource) continue;
  const label = `${resource.kind ?? '?'} ${resource.metadata?.name ?? '?'}`;
  check(
    resource.apiVersion && resource.kind && resource.metadata?.name,
    `kakehashi.yaml: ${label} needs apiVersion, kind and metadata.name`,
  );
  if (resource.kind === 'Deployment') {
    const selector = resource.spec?.selector?.matchLabels ?? {};
    const labels = resource.spec?.template?.metadata?.labels ?? {};
    check(
      Object.entries(selector).every(([key, value]) => labels[key] === value),
      `${label}: selector does not match the pod labels`,
    );
    for (const container of resource.spec?.template?.spec?.containers ?? []) {
      for (const probe of ['readinessProbe', 'livenessProbe']) {
        check(
          probePaths.has(container[probe]?.httpGet?.path),
          `${label}: ${container.name} ${probe} must use /health/live or /health/ready`,
        );
      }
    }
  }
}

if (problems.length > 0) {
  console.error(problems.map((problem) => `  - ${problem}`).join('\n'));
  process.exit(1);
}
console.log('docker/: Dockerfile, compose.yaml and Kubernetes manifests pass.');
