import type { OutboxItem } from '@cpd-lens/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './i18n.ts';
import { OutboxDriver, type StorageState } from './outbox-driver.ts';
import { deliveryReason, whenSayable } from './scoring.ts';

/** An element that sends documents through the page's outbox: its database and its language. */
export type OutboxHost = ReactiveControllerHost & { readonly dbName: string; readonly locale: Locale };

/**
 * A widget's view of the page's outbox (the request form's and the impact evaluation's): the driver for
 * its database while it is connected, every item change passed to `onItem`, this device's storage state
 * (re-rendering the host when it changes), and why a document was not delivered in the widget's language.
 * The driver itself is one per database and page, and holds the cross-tab Web Lock while it sends:
 * controllers come and go with their elements, the lock must not.
 */
export class OutboxController implements ReactiveController {
  /** The page's driver for the host's database, from the host's connection on. */
  declare driver: OutboxDriver | undefined;
  /** This device's storage trouble and documents waiting, as the driver last told it. */
  declare storage: StorageState | undefined;
  private declare readonly host: OutboxHost;
  private declare readonly onItem: (item: OutboxItem) => void;
  private declare readonly onStorage: (() => void) | undefined;
  private stop: (() => void)[] = [];
  private rendered = false;

  constructor(host: OutboxHost, onItem: (item: OutboxItem) => void, onStorage?: () => void) {
    this.host = host;
    this.onItem = onItem;
    this.onStorage = onStorage;
    host.addController(this);
  }

  /** Takes the page's driver for the host's database and listens to its items and storage state. */
  hostConnected(): void {
    const driver = (this.driver = OutboxDriver.for(this.host.dbName));
    this.stop = [
      driver.subscribe((item) => this.onItem(item)),
      driver.onStorageTrouble((state) => {
        this.storage = state;
        this.host.requestUpdate();
        this.onStorage?.();
      }),
    ];
  }

  /** Stops listening to the driver (which goes on sending for the page). */
  hostDisconnected(): void {
    for (const stop of this.stop) stop();
    this.stop = [];
  }

  /** After the first render, fetches the delivery code, so a document is still queued when the connection drops. */
  hostUpdated(): void {
    if (this.rendered) return;
    this.rendered = true;
    this.driver?.prefetch();
  }

  /** Why `item` was not delivered, in the host's language; undefined while core's Welsh loads, then `again` runs (issue 25). */
  reason(item: OutboxItem, again: () => void): string | undefined {
    const reason = deliveryReason(item, this.host.locale);
    if (reason === undefined) void whenSayable(this.host.locale).then(again);
    return reason;
  }
}
