@${member} Payment: once the post is live and its figures are checked, we pay within the contract terms (usually 15–30 days); send the operator your payment and invoice details in advance.
