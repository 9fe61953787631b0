# The newsgraph server, talking to the Neo4j named by NEO4J_URI (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:dashboard
EXPOSE 4000
USER node
CMD ["node", "bin/newsgraph.js", "serve"]
