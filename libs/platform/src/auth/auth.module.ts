import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeysController } from './api-keys.controller';
import { AuthGuard } from './auth.guard';
import { Authenticator } from './authenticator';

/** Global: the {@link Authenticator}, the guard on every route, and the key admin API. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(auth: Authenticator): DynamicModule {
    return {
      module: AuthModule,
      controllers: [ApiKeysController],
      providers: [
        { provide: Authenticator, useValue: auth },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [Authenticator],
    };
  }
}
