// Every resource module, in mounting order.
import type { ApiModule } from '../lib/module'
import { customerModule } from './customer'
import { addressModule } from './address'
import { productModule } from './product'
import { categoryModule } from './category'
import { variantModule } from './variant'
import { inventoryModule } from './inventory'
import { warehouseModule } from './warehouse'
import { supplierModule } from './supplier'
import { purchaseOrderModule } from './purchase-order'
import { orderModule } from './order'
import { orderLineModule } from './order-line'
import { cartModule } from './cart'
import { cartItemModule } from './cart-item'
import { paymentModule } from './payment'
import { refundModule } from './refund'
import { invoiceModule } from './invoice'
import { creditNoteModule } from './credit-note'
import { shipmentModule } from './shipment'
import { parcelModule } from './parcel'
import { returnRequestModule } from './return-request'
import { couponModule } from './coupon'
import { promotionModule } from './promotion'
import { priceListModule } from './price-list'
import { taxRateModule } from './tax-rate'
import { reviewModule } from './review'
import { wishlistModule } from './wishlist'
import { subscriptionModule } from './subscription'
import { planModule } from './plan'
import { employeeModule } from './employee'
import { teamModule } from './team'
import { shiftModule } from './shift'
import { ticketModule } from './ticket'
import { ticketCommentModule } from './ticket-comment'
import { webhookModule } from './webhook'
import { apiKeyModule } from './api-key'
import { auditEntryModule } from './audit-entry'
import { notificationModule } from './notification'
import { templateModule } from './template'
import { reportModule } from './report'
import { dataExportModule } from './data-export'
import { dataImportModule } from './data-import'
import { storeModule } from './store'
import { channelModule } from './channel'
import { giftCardModule } from './gift-card'
import { loyaltyAccountModule } from './loyalty-account'
import { bannerModule } from './banner'
import { pageModule } from './page'
import { faqModule } from './faq'
import { carrierModule } from './carrier'
import { zoneModule } from './zone'
import { rateCardModule } from './rate-card'
import { batchModule } from './batch'
import { stockMoveModule } from './stock-move'
import { pickListModule } from './pick-list'

export const modules: readonly ApiModule[] = [
  customerModule,
  addressModule,
  productModule,
  categoryModule,
  variantModule,
  inventoryModule,
  warehouseModule,
  supplierModule,
  purchaseOrderModule,
  orderModule,
  orderLineModule,
  cartModule,
  cartItemModule,
  paymentModule,
  refundModule,
  invoiceModule,
  creditNoteModule,
  shipmentModule,
  parcelModule,
  returnRequestModule,
  couponModule,
  promotionModule,
  priceListModule,
  taxRateModule,
  reviewModule,
  wishlistModule,
  subscriptionModule,
  planModule,
  employeeModule,
  teamModule,
  shiftModule,
  ticketModule,
  ticketCommentModule,
  webhookModule,
  apiKeyModule,
  auditEntryModule,
  notificationModule,
  templateModule,
  reportModule,
  dataExportModule,
  dataImportModule,
  storeModule,
  channelModule,
  giftCardModule,
  loyaltyAccountModule,
  bannerModule,
  pageModule,
  faqModule,
  carrierModule,
  zoneModule,
  rateCardModule,
  batchModule,
  stockMoveModule,
  pickListModule,
]
