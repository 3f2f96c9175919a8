// Serves dist/ for the Firefox tests as the e2e setup does, but with the deployment's security headers
// (deploy/security-headers.conf), so that a CSP violation in Firefox fails the suite. frame-ancestors also admits
// any port of 127.0.0.1: the embedding tests' host pages are served from another port (another origin).
import type { TestProject } from 'vitest/node';
import { serveDist } from '../e2e/global-setup';
import { nginxHeaders } from '../e2e/static-server';

export default function setup(project: TestProject) {
  const headers = nginxHeaders();
  headers['Content-Security-Policy'] = headers['Content-Security-Policy']!.replace(
    /frame-ancestors ([^;]*)/,
    'frame-ancestors $1 http://127.0.0.1:*',
  );
  return serveDist(project, headers);
}
