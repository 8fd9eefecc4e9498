#pragma once

#include <QStringList>

//! How an order is paid. Checkout records the provider's id on each order; the provider says
//! who may then mark the order paid. The one built in is "manual": cash on delivery or a bank
//! transfer, which the shop confirms itself. A card provider would confirm payment through its
//! own callback instead; none is built in, because a self-hosted server has no processor to
//! talk to (docs/decisions/0009-commerce.md).
namespace Souk::Payment {

class Provider
{
public:
    virtual ~Provider() = default;
    //! The id stored on orders and sent by clients ("manual").
    virtual QString id() const = 0;
    //! True when the shop marks orders paid itself; false when only the provider's own
    //! confirmation may.
    virtual bool shopConfirmsPayment() const = 0;
};

//! The provider with this id, or nullptr when there is none.
const Provider *find(const QString &id);

//! The ids of every provider, for checkout pickers and error messages.
QStringList ids();

} // namespace Souk::Payment
