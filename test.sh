#!/usr/bin/env bash
# The README's test command: restores, builds and runs every test project. The integration tests
# provision and start the embedded-default Neo4j themselves (Java 17 and npm are the only prerequisites).
set -euo pipefail
cd "$(dirname "$0")"
dotnet test GraphBuilder.sln -c Release
