/** Shared Jest settings: SWC with decorator metadata (Nest DI needs it) and the @sf/* aliases. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // content-disposition (pulled in by @fastify/static for the /docs UI) ships ESM only; Jest on Node 20
  // cannot require() ESM, so SWC compiles that one package to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  transform: {
    '^.+\\.[tj]s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@sf/(contracts|udc|llm|generator|platform|service-spec)$': '<rootDir>/libs/$1/src/index.ts',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
};
