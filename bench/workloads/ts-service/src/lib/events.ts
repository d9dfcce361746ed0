// A typed in-process event bus (eventemitter3), with an rxjs view for streaming consumers.
import EventEmitter from 'eventemitter3'
import { Observable } from 'rxjs'

export type EventName<T> = string & { readonly __payload?: T }

export class EventBus {
  private readonly emitter = new EventEmitter()

  emit<T>(name: EventName<T>, payload: T): void {
    this.emitter.emit(name, payload)
  }

  on<T>(name: EventName<T>, listener: (payload: T) => void): () => void {
    this.emitter.on(name, listener)
    return () => this.emitter.off(name, listener)
  }

  stream<T>(name: EventName<T>): Observable<T> {
    return new Observable<T>(subscriber => this.on(name, (payload: T) => subscriber.next(payload)))
  }
}
